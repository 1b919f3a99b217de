import type { OverlayKind, OverlayTheme } from '../../../../shared/protocol/overlay';
import { LinkDot } from './LinkDot';
import { LowerThirdOverlay } from './LowerThirdOverlay';
import { ProductOverlay } from './ProductOverlay';
import { QuestionOverlay } from './QuestionOverlay';

/** One overlay page: its card on a transparent 16:9 stage, and at most a small dot when the link is down. */
export function OverlayRoot({ kind, theme }: { kind: OverlayKind; theme: OverlayTheme }) {
  return (
    <div className={`ov-stage ov-stage-${kind}`} data-testid="overlay-root" data-kind={kind} data-theme={theme}>
      {kind === 'question' ? <QuestionOverlay /> : kind === 'product' ? <ProductOverlay /> : <LowerThirdOverlay />}
      <LinkDot />
    </div>
  );
}
