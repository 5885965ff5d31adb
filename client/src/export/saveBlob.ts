/** Hands a Blob to the browser as a download under `fileName` (an `<a download>` click). */

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its own reference by now; free ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
