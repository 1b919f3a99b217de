import { TALK_SECTIONS } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { runCommand } from '../../services/hubClient';
import { toggleFullScreen } from '../../services/bridge';
import { prompterActions, useMirror, useScrollMode, useScrollSpeed, useTextScale, type ScrollMode } from '../../store/prompter.slice';
import { usePrompterSection } from '../../store/room.slice';

const MODES: ScrollMode[] = ['follow', 'auto', 'manual'];

/** Operator strip: mirror, scroll mode and speed, text size, full screen, section marker. */
export function PrompterControls() {
  const t = useT();
  const mirror = useMirror();
  const mode = useScrollMode();
  const speed = useScrollSpeed();
  const scale = useTextScale();
  const section = usePrompterSection();
  return (
    <div className="p-controls" data-testid="prompter-controls">
      <div className="seg">
        {MODES.map((m) => (
          <button key={m} className={mode === m ? 'on' : ''} onClick={() => prompterActions.setMode(m)} data-testid={`mode-${m}`}>
            {t(`prompter.${m}`)}
          </button>
        ))}
      </div>
      <div className="seg" title={t('prompter.speed')}>
        <span className="seg-label">{t('prompter.speed')}</span>
        <button onClick={() => prompterActions.setSpeed(speed - 1)} disabled={speed <= 1}>−</button>
        <span className="num seg-val">{speed}</span>
        <button onClick={() => prompterActions.setSpeed(speed + 1)} disabled={speed >= 10}>＋</button>
      </div>
      <div className="seg" title={t('prompter.size')}>
        <span className="seg-label">{t('prompter.size')}</span>
        <button onClick={() => prompterActions.setScale(scale - 0.1)}>A−</button>
        <span className="num seg-val">{Math.round(scale * 100)}%</span>
        <button onClick={() => prompterActions.setScale(scale + 0.1)}>A＋</button>
      </div>
      <div className="seg">
        <span className="seg-label">{t('prompter.section')}</span>
        {TALK_SECTIONS.map((s) => (
          <button
            key={s}
            className={section === s ? 'on' : ''}
            onClick={() => void runCommand({ type: 'prompter.section', section: section === s ? null : s })}
          >
            {t(`section.${s}`)}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <button className={mirror ? 'on' : ''} onClick={prompterActions.toggleMirror} aria-pressed={mirror} data-testid="mirror-toggle">⇋ {t('prompter.mirror')}</button>
      <button onClick={() => void toggleFullScreen()}>⛶ {t('prompter.fullscreen')}</button>
    </div>
  );
}
