/** Hands a file to the browser, which saves it. */
export function saveFile(file: Blob, filename: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started by the next task; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
