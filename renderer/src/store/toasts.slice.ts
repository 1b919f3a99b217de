import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
  detail?: string;
}

interface ToastState {
  toasts: Toast[];
}

const MAX_TOASTS = 4;
const TTL_MS = 4500;
let nextId = 1;

export const useToastStore = create<ToastState>(() => ({ toasts: [] }));

export const toastActions = {
  show(kind: Toast['kind'], text: string, detail?: string) {
    const id = nextId++;
    const toast: Toast = detail && detail !== text ? { id, kind, text, detail } : { id, kind, text };
    useToastStore.setState((s) => ({ toasts: [...s.toasts, toast].slice(-MAX_TOASTS) }));
    setTimeout(() => toastActions.dismiss(id), TTL_MS);
  },
  dismiss(id: number) {
    useToastStore.setState((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) }));
  },
};

export const useToasts = () => useToastStore((s) => s.toasts);
