import type { InstrumentDefinition } from '../../../contract/measures.ts';
import type { ApiProblem } from '../../api/client.ts';
import type { MeasureDraft } from './measure-draft.ts';

/** What every questionnaire form gets: the instrument, the draft kept on the phone, and a way to send it. */
export interface FormProps {
  definition: InstrumentDefinition;
  draft: MeasureDraft;
  /** Keeps a changed draft (on the phone at once). */
  update(draft: MeasureDraft): void;
  /** Sends the draft as it is now. */
  submit(draft: MeasureDraft): void;
  isBusy: boolean;
  /** Why the server refused the last attempt; the answers stay as they are. */
  problem: ApiProblem | undefined;
}
