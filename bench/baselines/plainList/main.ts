/**
 * Naive baseline for the renderer scenario: the same hub, the same comments and metrics, shown
 * the simple way — React state holding every comment ever received, each rendered as a DOM row,
 * no virtualisation, no cap, re-rendered on every delta. (createElement, so tsconfig.node checks it.)
 */
import { createElement as h, Fragment, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { io } from 'socket.io-client';
import type { MetricsSnapshot } from '../../../shared/protocol/metrics';
import type { CommentItem, Delta, RoomSnapshot } from '../../../shared/protocol/room';

function App() {
  const [comments, setComments] = useState<CommentItem[]>([]);
  const [metrics, setMetrics] = useState<MetricsSnapshot | null>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const q = new URLSearchParams(location.search);
    const socket = io({
      path: '/socket.io', transports: ['websocket'],
      auth: { token: q.get('token') ?? '', role: 'assistant', name: 'baseline', clientId: `baseline-${Math.random().toString(36).slice(2)}` },
    });
    socket.on('snapshot', (s: RoomSnapshot) => { setComments(s.comments); setMetrics(s.metrics); });
    socket.on('delta', (d: Delta) => {
      const added = d.comments;
      if (added?.length) setComments((prev) => [...prev, ...added]);
      if (d.metrics) setMetrics(d.metrics);
    });
    return () => { socket.close(); };
  }, []);

  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [comments]);

  const online = metrics?.now.online;
  return h(Fragment, null,
    h('header', null,
      h('div', { className: 'tile', 'data-testid': 'metric-online', 'data-value': online }, `在线 ${online ?? '—'}`),
      h('div', { className: 'tile' }, `GMV ${metrics ? (metrics.now.gmv / 100).toFixed(2) : '—'}`),
      h('div', { className: 'tile', 'data-testid': 'comment-count', 'data-value': comments.length }, `评论 ${comments.length}`)),
    h('div', { className: 'list', ref: list },
      comments.map((c) => h('div', { className: 'row', key: c.id },
        h('span', { className: 'nick' }, c.nickname),
        h('span', { className: 'intent' }, c.topic ? `${c.intent}·${c.topic}` : c.intent),
        h('span', { className: 'text' }, c.text)))));
}

createRoot(document.getElementById('root')!).render(h(App));
