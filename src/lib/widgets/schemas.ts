/**
 * The schema of each widget's texts, content/widgets/<id>.json, for npm run content:check
 * (each widget also validates its own file when it is loaded). `shared` holds the words of
 * the pieces every widget uses.
 */
import type { GenericSchema } from 'valibot';
import type { WidgetId } from './registry';
import { AssociationRulesSchema } from './association-rules/schema';
import { ClvFormulasSchema } from './clv-formulas/schema';
import { ComplaintIcebergSchema } from './complaint-iceberg/schema';
import { CrmAppTaxonomySchema } from './crm-app-taxonomy/schema';
import { CrmTypeSorterSchema } from './crm-type-sorter/schema';
import { DataDecaySchema } from './data-decay/schema';
import { DataMiningTasksSchema } from './data-mining-tasks/schema';
import { DeploymentCostSchema } from './deployment-cost/schema';
import { DeliveredValueSchema } from './delivered-value/schema';
import { LoyaltyTypesSchema } from './loyalty-types/schema';
import { MythBusterSchema } from './myth-buster/schema';
import { PhilosophyComparatorSchema } from './philosophy-comparator/schema';
import { RetentionCalculatorSchema } from './retention-calculator/schema';
import { SatisfactionSchema } from './satisfaction/schema';
import { ServiceGapsSchema } from './service-gaps/schema';
import { SharedSchema } from './shared/schema';
import { StageLadderSchema } from './stage-ladder/schema';

export const WIDGET_TEXT_SCHEMAS: Record<WidgetId | 'shared', GenericSchema> = {
	shared: SharedSchema,
	'philosophy-comparator': PhilosophyComparatorSchema,
	'crm-type-sorter': CrmTypeSorterSchema,
	'myth-buster': MythBusterSchema,
	'delivered-value': DeliveredValueSchema,
	satisfaction: SatisfactionSchema,
	'stage-ladder': StageLadderSchema,
	'retention-calculator': RetentionCalculatorSchema,
	'clv-formulas': ClvFormulasSchema,
	'service-gaps': ServiceGapsSchema,
	'data-mining-tasks': DataMiningTasksSchema,
	'crm-app-taxonomy': CrmAppTaxonomySchema,
	'loyalty-types': LoyaltyTypesSchema,
	'complaint-iceberg': ComplaintIcebergSchema,
	'association-rules': AssociationRulesSchema,
	'deployment-cost': DeploymentCostSchema,
	'data-decay': DataDecaySchema
};
