// Hands the reader a file made in this browser, as a download: nothing is sent anywhere.
export function downloadFile(fileName: string, mimeType: string, content: string | Blob): void {
  const blob =
    typeof content === 'string' ? new Blob([content], { type: `${mimeType};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, not at once: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
