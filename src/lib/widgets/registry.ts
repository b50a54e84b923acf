/**
 * Every chapter widget: its heading, the module that holds it (loaded when the reader
 * comes near it) and the room it reserves until then, about its height on a phone and on
 * a screen 64rem wide or more, so the text around it does not move when it arrives.
 * A chapter places one with `<Widget id="stage-ladder" />` (docs/authoring.md).
 *
 * The titles live here rather than in content/widgets/: the chapter shows them in the waiting
 * frame before any widget (and its texts) has loaded, and the widget shows the same heading.
 */
import type { Component } from 'svelte';
import type { WIDGET_IDS } from './widget-ids.js';

export type WidgetId = (typeof WIDGET_IDS)[number];

export type WidgetEntry = {
	title: string;
	load: () => Promise<{ default: Component }>;
	height: string;
	wideHeight: string;
};

export const WIDGETS: Record<WidgetId, WidgetEntry> = {
	'philosophy-comparator': {
		title: 'So sánh năm triết lý kinh doanh',
		load: () => import('./philosophy-comparator/PhilosophyComparator.svelte'),
		height: '134rem',
		wideHeight: '96rem'
	},
	'crm-type-sorter': {
		title: 'Phân loại hoạt động theo bốn loại CRM',
		load: () => import('./crm-type-sorter/CrmTypeSorter.svelte'),
		height: '126rem',
		wideHeight: '105rem'
	},
	'myth-buster': {
		title: 'Bốn ngộ nhận về CRM',
		load: () => import('./myth-buster/MythBuster.svelte'),
		height: '60rem',
		wideHeight: '38rem'
	},
	'delivered-value': {
		title: 'Máy tính giá trị dành cho khách hàng',
		load: () => import('./delivered-value/DeliveredValue.svelte'),
		height: '97rem',
		wideHeight: '63rem'
	},
	satisfaction: {
		title: 'Khám phá sự thỏa mãn: kỳ vọng E và cảm nhận P',
		load: () => import('./satisfaction/SatisfactionExplorer.svelte'),
		height: '60rem',
		wideHeight: '47rem'
	},
	'stage-ladder': {
		title: 'Bậc thang bảy giai đoạn quan hệ',
		load: () => import('./stage-ladder/StageLadder.svelte'),
		height: '80rem',
		wideHeight: '70rem'
	},
	'retention-calculator': {
		title: 'Máy tính kinh tế học giữ chân khách hàng',
		load: () => import('./retention-calculator/RetentionCalculator.svelte'),
		height: '109rem',
		wideHeight: '70rem'
	},
	'clv-formulas': {
		title: 'Máy tính ba công thức CLV',
		load: () => import('./clv-formulas/ClvFormulas.svelte'),
		height: '131rem',
		wideHeight: '77rem'
	},
	'service-gaps': {
		title: 'Đặt lỗi dịch vụ vào đúng khoảng cách',
		load: () => import('./service-gaps/ServiceGaps.svelte'),
		height: '200rem',
		wideHeight: '132rem'
	},
	'data-mining-tasks': {
		title: 'Chọn kỹ thuật khai phá dữ liệu cho từng nhu cầu',
		load: () => import('./data-mining-tasks/DataMiningTasks.svelte'),
		height: '167rem',
		wideHeight: '116rem'
	},
	'crm-app-taxonomy': {
		title: 'Xếp công cụ CRM vào ba nhóm ứng dụng',
		load: () => import('./crm-app-taxonomy/CrmAppTaxonomy.svelte'),
		height: '182rem',
		wideHeight: '120rem'
	},
	'loyalty-types': {
		title: 'Bốn kiểu lòng trung thành: thái độ và hành vi',
		load: () => import('./loyalty-types/LoyaltyTypes.svelte'),
		height: '82rem',
		wideHeight: '49rem'
	},
	'complaint-iceberg': {
		title: 'Tảng băng chìm của phàn nàn',
		load: () => import('./complaint-iceberg/ComplaintIceberg.svelte'),
		height: '78rem',
		wideHeight: '47rem'
	},
	'association-rules': {
		title: 'Máy tính luật kết hợp: độ hỗ trợ, độ tin cậy, độ nâng',
		load: () => import('./association-rules/AssociationRules.svelte'),
		height: '80rem',
		wideHeight: '48rem'
	},
	'deployment-cost': {
		title: 'Mua hay thuê CRM: tổng chi phí và điểm hòa',
		load: () => import('./deployment-cost/DeploymentCost.svelte'),
		height: '123rem',
		wideHeight: '83rem'
	},
	'data-decay': {
		title: 'Dữ liệu tự cũ đi: còn bao nhiêu hồ sơ đúng',
		load: () => import('./data-decay/DataDecay.svelte'),
		height: '65rem',
		wideHeight: '43rem'
	}
};
