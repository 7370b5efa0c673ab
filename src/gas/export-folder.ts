import { load } from '../workflows/load';
import type { Block, OutputFile, Workbook } from '../workbook/port';

type Folder = GoogleAppsScript.Drive.Folder;

/** Where files went, or why none did: for a log line and for the person who asked. */
export type SaveOutcome =
  | { saved: true; folder: string; files: string[] }
  | { saved: false; reason: 'no-folder' | 'folder-unavailable' };

/** A file saved in Drive: what the person reads and where they open it. */
export interface SavedFile {
  name: string;
  url: string;
}

/** The export folder, and whether the add-on had to make it. */
export interface ExportFolder {
  folder: Folder;
  /** The add-on created the folder in this run (and recorded it in Settings). */
  created: boolean;
}

/** The name of the folder the add-on makes for its exports when Settings names none it can open. */
export const EXPORT_FOLDER_NAME = 'Seller Sheets';

/** The Settings key of the export folder. */
const FOLDER_KEY = 'exportFolderId';

/**
 * User property: the export folder this user's add-on made. With the drive.file scope a person
 * reaches only the folders the add-on made for them, so a colleague's folder named in Settings
 * may be out of reach; theirs is found again here instead of being made twice.
 */
const OWN_FOLDER_PROPERTY = 'exportFolder.own';

/** The first item of a Drive listing that is not in the trash (listings include the trash). */
function firstKept<T extends { isTrashed(): boolean }>(iterator: {
  hasNext(): boolean;
  next(): T;
}): T | null {
  while (iterator.hasNext()) {
    const item = iterator.next();
    if (!item.isTrashed()) return item;
  }
  return null;
}

/** Apps Script's blobs hold Java bytes: -128…127. */
function signedBytes(content: Uint8Array): number[] {
  return Array.from(content, (byte) => (byte > 127 ? byte - 256 : byte));
}

/** A folder by id, or null when it is trashed or the add-on's Drive access does not reach it. */
export function reachableFolder(id: string | null | undefined): Folder | null {
  if (!id || id.trim() === '') return null;
  try {
    const folder = DriveApp.getFolderById(id.trim());
    return folder.isTrashed() ? null : folder;
  } catch {
    return null;
  }
}

/** The subfolder of a name, if there is one outside the trash. */
export function findFolderNamed(parent: Folder, name: string): Folder | null {
  return firstKept(parent.getFoldersByName(name));
}

/** The subfolder of a name (a date, `backups`), made the first time and found by name after. */
export function folderNamed(parent: Folder, name: string): Folder {
  return findFolderNamed(parent, name) ?? parent.createFolder(name);
}

/**
 * Saves files into a folder. A file of the same name there is overwritten (text in place, so
 * its link stays; binary content by trashing the old file), so that saving twice leaves one.
 */
export function saveFiles(folder: Folder, files: readonly OutputFile[]): SavedFile[] {
  return files.map((file) => {
    const existing = firstKept(folder.getFilesByName(file.name));
    let saved: GoogleAppsScript.Drive.File;
    if (typeof file.content === 'string') {
      saved = existing
        ? existing.setContent(file.content)
        : folder.createFile(file.name, file.content, file.mimeType);
    } else {
      if (existing) existing.setTrashed(true);
      saved = folder.createFile(
        Utilities.newBlob(signedBytes(file.content), file.mimeType, file.name),
      );
    }
    return { name: file.name, url: saved.getUrl() };
  });
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
  const root = reachableFolder(folderId);
  if (!root) return { saved: false, reason: 'folder-unavailable' };

  const folder = folderNamed(root, subfolder);
  saveFiles(folder, files);
  return { saved: true, folder: folder.getName(), files: files.map((file) => file.name) };
}

/**
 * The one cell that records the folder's id in Settings: the value of the `exportFolderId`
 * row, or a new row below the last when the key is absent. Null without a Settings sheet.
 */
function settingsWrite(workbook: Workbook, id: string): { tab: string; block: Block } | null {
  const loaded = load(workbook, []);
  const read = loaded.reads.settings;
  const tab = loaded.tabs.settings;
  const keyAt = read?.layout.index.key;
  const valueAt = read?.layout.index.value;
  if (!read || !tab || keyAt === undefined || valueAt === undefined) return null;

  const row = read.rows.find((setting) => setting.key?.trim() === FOLDER_KEY);
  if (row) return { tab, block: { row: row.rowNumber, column: valueAt + 1, values: [[id]] } };

  const values = loaded.values.settings ?? [];
  let last = values.length;
  while (last > 1 && values[last - 1].every((cell) => cell === '' || cell == null)) last -= 1;
  const [left, right] = [Math.min(keyAt, valueAt), Math.max(keyAt, valueAt)];
  const line = Array.from({ length: right - left + 1 }, () => '');
  line[keyAt - left] = FOLDER_KEY;
  line[valueAt - left] = id;
  return { tab, block: { row: last + 1, column: left + 1, values: [line] } };
}

/**
 * The export folder for reports, backups and exports, under the narrowest Drive scope
 * (drive.file: only what the add-on made or the person picked). The folder Settings names
 * when this person can open it; otherwise the add-on's own "Seller Sheets" folder, found
 * again from an earlier run or made now, whose id is then written into Settings (one cell).
 */
export function openExportFolder(workbook: Workbook): ExportFolder {
  const { settings } = load(workbook, []);
  const named = reachableFolder(settings.exportFolderId);
  if (named) return { folder: named, created: false };

  const properties = PropertiesService.getUserProperties();
  const earlier = reachableFolder(properties.getProperty(OWN_FOLDER_PROPERTY));
  const folder = earlier ?? DriveApp.createFolder(EXPORT_FOLDER_NAME);
  if (!earlier) properties.setProperty(OWN_FOLDER_PROPERTY, folder.getId());

  const write = settingsWrite(workbook, folder.getId());
  if (write) workbook.apply([{ tab: write.tab, blocks: [write.block] }]);
  return { folder, created: !earlier };
}

/** The export folder Settings or an earlier run names, if this person can open it; never made. */
export function findExportFolder(workbook: Workbook): Folder | null {
  const { settings } = load(workbook, []);
  return (
    reachableFolder(settings.exportFolderId) ??
    reachableFolder(PropertiesService.getUserProperties().getProperty(OWN_FOLDER_PROPERTY))
  );
}
