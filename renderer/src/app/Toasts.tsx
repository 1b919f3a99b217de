import { toastActions, useToasts } from '../store/toasts.slice';

export function Toasts() {
  const toasts = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((x) => (
        <div key={x.id} className={`toast toast-${x.kind}`} onClick={() => toastActions.dismiss(x.id)} data-testid="toast">
          <div>{x.text}</div>
          {x.detail ? <div className="toast-detail">{x.detail}</div> : null}
        </div>
      ))}
    </div>
  );
}
