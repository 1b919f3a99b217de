import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { TalkSection } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { useOnAir } from '../../store/live.selectors';
import { useScrollMode, useScrollSpeed } from '../../store/prompter.slice';
import { usePrompterSection, useShow } from '../../store/room.slice';
import { FlaggedText } from './FlaggedText';
import { scriptSections } from './scriptSections';

/** Pixels per second for each auto-scroll level (1..10). */
const PX_PER_LEVEL = 14;
/** The focus line sits this far down the script area (must match .script-focus in CSS). */
const FOCUS_RATIO = 0.12;

function useAutoScroll(ref: RefObject<HTMLDivElement | null>, active: boolean, speed: number) {
  useEffect(() => {
    const el = ref.current;
    if (!el || !active) return;
    let last = performance.now();
    let carry = el.scrollTop;
    let raf = requestAnimationFrame(function step(now) {
      const dt = Math.min(100, now - last) / 1000;
      last = now;
      // Respect the host scrolling by hand in between.
      if (Math.abs(el.scrollTop - carry) > 2) carry = el.scrollTop;
      carry += speed * PX_PER_LEVEL * dt;
      el.scrollTop = carry;
      raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  }, [ref, active, speed]);
}

/** The talking points of the on-air product, with a focus line; auto-scrolls or follows the marked section. */
export function Script() {
  const t = useT();
  const onAir = useOnAir();
  const mode = useScrollMode();
  const speed = useScrollSpeed();
  const marked = usePrompterSection();
  const ref = useRef<HTMLDivElement>(null);
  const slot = onAir?.slot ?? null;

  const show = useShow();
  const sections = useMemo(() => (show && slot ? scriptSections(show, slot) : []), [show, slot]);

  useAutoScroll(ref, mode === 'auto', speed);

  // New product: back to the top.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [slot?.id]);

  // Follow the section the assistant marked: bring it to the focus line.
  useEffect(() => {
    const el = ref.current;
    if (!el || mode !== 'follow') return;
    const target = marked ? el.querySelector<HTMLElement>(`[data-section="${marked}"]`) : null;
    const top = target ? target.offsetTop - el.clientHeight * FOCUS_RATIO : 0;
    el.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [marked, mode, slot?.id]);

  return (
    <div className="script-wrap">
      <div className="script" ref={ref} data-testid="prompter-text" data-mode={mode}>
        <div className="script-spacer" aria-hidden />
        {sections.length === 0 ? <p className="script-empty">{slot ? t('prompter.noScript') : t('prompter.waiting')}</p> : null}
        {sections.map((s) => (
          <section
            key={s.key}
            data-section={s.key}
            className={`script-sec ${mode === 'follow' && marked ? (marked === s.key ? 'is-marked' : 'is-dim') : ''}`}
          >
            <h3>{t(`section.${s.key as TalkSection}`)}</h3>
            <div className="script-text"><FlaggedText text={s.text} findings={s.findings} /></div>
          </section>
        ))}
      </div>
      <div className="script-focus" aria-hidden />
    </div>
  );
}
