import { create } from 'zustand';

/** The line the assistant is about to post to the platform's public screen (typed, or a quick reply picked). */
export const useReplyDraftStore = create<{ text: string; pin: boolean }>(() => ({ text: '', pin: false }));

export const replyDraftActions = {
  setText: (text: string) => useReplyDraftStore.setState({ text }),
  setPin: (pin: boolean) => useReplyDraftStore.setState({ pin }),
  clear: () => useReplyDraftStore.setState({ text: '', pin: false }),
};
