const printingClass = 'printing-result-file';

/**
 * Prints one image alone with the browser's (or the desktop app's) own print dialog: a sheet
 * holding only the image is put in the page, and the print style sheet hides everything else
 * while the dialog is open (lifecycle.css).
 */
export function printResultImage(url: string): void {
  const sheet = document.createElement('div');
  sheet.className = 'result-file-print-sheet';
  const image = document.createElement('img');
  image.alt = '结果文件';
  sheet.append(image);
  document.body.append(sheet);
  const cleanUp = () => {
    document.documentElement.classList.remove(printingClass);
    sheet.remove();
  };
  image.onload = () => {
    document.documentElement.classList.add(printingClass);
    window.addEventListener('afterprint', cleanUp, { once: true });
    window.print();
  };
  image.onerror = cleanUp;
  image.src = url;
}
