/**
 * The five business philosophies of chapter 2 (triet-ly-va-cac-loai-crm#nam-triet-ly), side by
 * side, and the exercise that assigns company descriptions to them.
 */
import type { PhilosophyId } from '$lib/simulation/core/levers';
import { PHILOSOPHIES } from '$lib/simulation/core/levers';

export type Philosophy = {
	id: PhilosophyId;
	label: string;
	english: string;
	focus: string;
	means: string;
	goal: string;
	risk: string;
	example: string;
	/** Only the customer-centred philosophies suit strategic CRM. */
	fitsStrategicCrm: boolean;
	ref: string;
};

const CHAPTER = 'triet-ly-va-cac-loai-crm';

export const PHILOSOPHY_TABLE: readonly Philosophy[] = [
	{
		id: 'production',
		label: PHILOSOPHIES.production.label,
		english: 'production concept',
		focus: 'Sản xuất hiệu quả, giá thấp, hàng có mặt khắp nơi.',
		means: 'Sản xuất hàng loạt, cắt giảm chi phí, phân phối rộng.',
		goal: 'Lợi nhuận nhờ sản lượng lớn và giá thành thấp.',
		risk: 'Hàng rẻ nhưng chất lượng kém, bỏ qua điều khách thật sự cần.',
		example: 'Xưởng dép nhựa làm một mẫu duy nhất với giá rẻ nhất chợ, bày bán ở mọi sạp.',
		fitsStrategicCrm: false,
		ref: `${CHAPTER}#hoan-thien-san-xuat`
	},
	{
		id: 'product',
		label: PHILOSOPHIES.product.label,
		english: 'product concept',
		focus: 'Chất lượng và tính năng của sản phẩm.',
		means: 'Liên tục cải tiến, đưa công nghệ mới vào sản phẩm.',
		goal: 'Lợi nhuận nhờ làm ra sản phẩm tốt nhất.',
		risk: 'Giá cao, tính năng thừa so với nhu cầu; ít nghiên cứu thị trường.',
		example: 'Hãng máy lọc nước thêm cảm biến thứ năm dù khách chỉ hỏi máy có dễ thay lõi không.',
		fitsStrategicCrm: false,
		ref: `${CHAPTER}#hoan-thien-san-pham`
	},
	{
		id: 'selling',
		label: PHILOSOPHIES.selling.label,
		english: 'selling concept',
		focus: 'Bán cho được thứ doanh nghiệp đã làm ra.',
		means: 'Chào bán dồn dập, chiết khấu, khuyến mãi.',
		goal: 'Lợi nhuận nhờ doanh số trước mắt.',
		risk: 'Khách mua thứ không cần, thấy bị ép và không quay lại.',
		example: 'Trung tâm ngoại ngữ gọi điện liên tục, giảm 40% nếu đóng tiền ngay trong ngày.',
		fitsStrategicCrm: false,
		ref: `${CHAPTER}#ban-hang`
	},
	{
		id: 'marketing',
		label: PHILOSOPHIES.marketing.label,
		english: 'marketing concept',
		focus: 'Nhu cầu và mong muốn của khách hàng mục tiêu.',
		means: 'Nghiên cứu khách hàng, phối hợp mọi hoạt động để đáp ứng họ.',
		goal: 'Lợi nhuận nhờ làm khách hàng thỏa mãn hơn đối thủ.',
		risk: 'Có thể chiều mong muốn trước mắt mà hại lợi ích lâu dài của khách và xã hội.',
		example: 'Chuỗi siêu thị khảo sát các gia đình trẻ rồi thiết kế gói giao rau theo tuần.',
		fitsStrategicCrm: true,
		ref: `${CHAPTER}#marketing`
	},
	{
		id: 'societal',
		label: PHILOSOPHIES.societal.label,
		english: 'societal marketing concept',
		focus: 'Nhu cầu của khách hàng cùng lợi ích lâu dài của khách hàng và xã hội.',
		means: 'Marketing có trách nhiệm: sản phẩm an toàn, minh bạch, thân thiện môi trường.',
		goal: 'Lợi nhuận, sự thỏa mãn của khách và phúc lợi xã hội cùng lúc.',
		risk: 'Tốn kém hơn, khó cân bằng ba lợi ích; mất uy tín nếu chỉ nói mà không làm.',
		example: 'Hãng nước giải khát giảm đường theo góp ý của khách và thu hồi vỏ chai nhựa.',
		fitsStrategicCrm: true,
		ref: `${CHAPTER}#marketing-dao-duc-xa-hoi`
	}
];

export type Case = { id: string; description: string; answer: PhilosophyId; why: string };

export const CASES: readonly Case[] = [
	{
		id: 'hat-vang',
		description:
			'Nhà máy mì gói Hạt Vàng mở thêm dây chuyền để hạ giá thành và phủ hàng tới mọi tiệm tạp hóa, ít khi hỏi khách thích vị gì.',
		answer: 'production',
		why: 'Trọng tâm là sản xuất nhiều, rẻ và bày bán rộng.'
	},
	{
		id: 'tinh-van',
		description:
			'Hãng điện thoại Tinh Vân dồn tiền vào tính năng mới nhất và bán giá cao, không khảo sát xem khách cần gì.',
		answer: 'product',
		why: 'Tin rằng sản phẩm tốt nhất sẽ tự bán được, bỏ qua nhu cầu và khả năng chi trả.'
	},
	{
		id: 'vuon-xa',
		description:
			'Công ty bảo hiểm Vươn Xa giao chỉ tiêu cao, nhân viên gọi điện dồn dập và tặng quà nếu khách ký hợp đồng ngay hôm đó.',
		answer: 'selling',
		why: 'Dùng chào mời và khuyến mãi để đẩy khách mua, kể cả khi họ chưa cần.'
	},
	{
		id: 'bep-nha',
		description:
			'Chuỗi siêu thị Bếp Nhà phỏng vấn các gia đình trẻ, thấy họ thiếu thời gian nấu nướng, rồi làm gói rau sơ chế giao theo tuần.',
		answer: 'marketing',
		why: 'Xuất phát từ nhu cầu của khách hàng mục tiêu rồi mới thiết kế sản phẩm.'
	},
	{
		id: 'suoi-mat',
		description:
			'Hãng nước giải khát Suối Mát giảm đường theo góp ý của khách, ghi rõ thành phần và thu hồi vỏ chai nhựa để tái chế.',
		answer: 'societal',
		why: 'Đáp ứng khách hàng và đồng thời giữ lợi ích lâu dài của người tiêu dùng và xã hội.'
	}
];
