/** Hands a file to the browser's download, as a link the user clicked would. */
export function downloadFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
