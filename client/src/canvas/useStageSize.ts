/** Keeps the session store's canvas size in step with the canvas element (ResizeObserver). */
import { type RefObject, useEffect } from 'react';
import { useUiStore } from '../stores/uiStore';

export function useStageSize(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const { width, height } = el.getBoundingClientRect();
      const size = useUiStore.getState().stageSize;
      if (Math.round(width) !== size.width || Math.round(height) !== size.height) {
        useUiStore.getState().setStageSize({ width: Math.round(width), height: Math.round(height) });
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
