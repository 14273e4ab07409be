import { z } from 'zod';

/** A file taken from the watched scanner folder: waiting for a material line, or refused (with the reason). */
export const scannedFileSchema = z.object({
  scanId: z.string(),
  fileName: z.string(),
  size: z.number(),
  state: z.enum(['waiting', 'refused']),
  /** Why it was refused (not a PDF, JPEG, PNG or TIFF); null while it waits. */
  reason: z.string().nullable(),
  takenAt: z.string(),
});
export type ScannedFile = z.infer<typeof scannedFileSchema>;

/** The 待归档扫描件 tray: what the scanner folder gave that no line has yet, oldest first; and whether the folder can be read. */
export const scanTraySchema = z.object({
  files: z.array(scannedFileSchema),
  /** The folder set under 系统设置 cannot be read (gone, no permission); null when fine or off. */
  folderProblem: z.string().nullable(),
});
export type ScanTray = z.infer<typeof scanTraySchema>;

/** Sub-folders of the scanner folder the desk moves taken files into (the scanner's own files stay its own). */
export const scannerSubfolders = { taken: '已导入', refused: '未导入' } as const;
