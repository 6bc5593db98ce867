// jsdom saves no file: the files a screen hands to the browser (a link with `download` to an
// object URL) are kept here for the test to read.

export const downloads: { filename: string; file: Blob }[] = [];

export function captureDownloads() {
  const files = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = (file: Blob | MediaSource) => {
    const url = `blob:test/${(next += 1)}`;
    files.set(url, file as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void files.delete(url);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return click.call(this);
    downloads.push({ filename: this.download, file: files.get(this.href)! });
  };
}
