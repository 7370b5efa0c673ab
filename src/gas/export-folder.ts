import type { OutputFile } from '../workbook/port';

/** Where files went, or why none did: for a log line and for the person who asked. */
export type SaveOutcome =
  | { saved: true; folder: string; files: string[] }
  | { saved: false; reason: 'no-folder' | 'folder-unavailable' };

/** The file or folder of a name directly in a folder, if there is one. */
function firstNamed<T>(iterator: { hasNext(): boolean; next(): T }): T | null {
  return iterator.hasNext() ? iterator.next() : null;
}

/** Apps Script's blobs hold Java bytes: -128…127. */
function signedBytes(content: Uint8Array): number[] {
  return Array.from(content, (byte) => (byte > 127 ? byte - 256 : byte));
}

/**
 * Saves files into a subfolder (e.g. a date) of the export folder that Settings names. A file
 * of the same name there is overwritten, so that saving the same day twice leaves one file.
 * Nothing is saved when Settings names no folder, or the folder cannot be opened.
 */
export function saveInExportFolder(
  folderId: string,
  subfolder: string,
  files: readonly OutputFile[],
): SaveOutcome {
  if (folderId.trim() === '') return { saved: false, reason: 'no-folder' };
  let root: GoogleAppsScript.Drive.Folder;
  try {
    root = DriveApp.getFolderById(folderId.trim());
  } catch {
    return { saved: false, reason: 'folder-unavailable' };
  }

  const folder = firstNamed(root.getFoldersByName(subfolder)) ?? root.createFolder(subfolder);
  for (const file of files) {
    const existing = firstNamed(folder.getFilesByName(file.name));
    if (typeof file.content === 'string') {
      if (existing) existing.setContent(file.content);
      else folder.createFile(file.name, file.content, file.mimeType);
      continue;
    }

    // Binary content cannot be overwritten in place: the old file goes to the trash.
    if (existing) existing.setTrashed(true);
    folder.createFile(Utilities.newBlob(signedBytes(file.content), file.mimeType, file.name));
  }
  return { saved: true, folder: folder.getName(), files: files.map((file) => file.name) };
}
