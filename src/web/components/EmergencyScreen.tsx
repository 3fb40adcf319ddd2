import { useBareScreen } from '../chrome.tsx';
import { Page } from './Page.tsx';

/**
 * The red-flag screen found a sign that needs emergency care. This is all the member sees: what to do now,
 * calmly, and nothing that could distract from it or suggest carrying on.
 */
export function EmergencyScreen({ message }: { message: string }) {
  useBareScreen();
  return (
    <Page title="Please get medical help now" heading="Please get medical help now">
      <div className="emergency" role="alert">
        <p className="emergency__message">{message}</p>
        <p>If you cannot get there safely by yourself, call your local emergency number.</p>
        <p>Please do not do any of the exercises until a doctor has seen you.</p>
      </div>
    </Page>
  );
}
