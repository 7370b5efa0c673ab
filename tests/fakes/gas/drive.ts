import { FakeBlob, bytesOf } from './blob';
import type { FakeCloud } from './cloud';
import { GasObject, fakeOf, unwrap } from './counting';
import type { Implements } from './counting';
import { MimeType } from './enums';
import type { FakeSpreadsheet } from './spreadsheet';

/** A file as the fake Drive stores it. */
interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  folderId: string;
  created: Date;
  updated: Date;
  trashed: boolean;
  description: string | null;
  /** For copies of the spreadsheet: each tab's values at the time of the copy. */
  sheets?: Record<string, unknown[][]>;
}

/** A folder as the fake Drive stores it. */
interface StoredFolder {
  id: string;
  name: string;
  parentId: string | null;
  created: Date;
  updated: Date;
  trashed: boolean;
}

/** A Drive file as `fake.files` lists it. */
export interface DriveFileSnapshot {
  id: string;
  name: string;
  /** The name of the folder holding the file. */
  folder: string;
  folderId: string;
  mimeType: string;
  /** The content read as UTF-8 text. */
  content: string;
  created: Date;
  updated: Date;
  trashed: boolean;
  /** For copies of the spreadsheet: each tab's values when it was copied. */
  sheets?: Record<string, unknown[][]>;
}

const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item ' +
  'or you do not have permission to access it.';

/**
 * The fake Drive: a root folder, the open spreadsheet (a file with the spreadsheet's id,
 * whose name follows the spreadsheet's), and what the add-on creates.
 */
export class DriveStore {
  readonly files = new Map<string, StoredFile>();
  readonly folders = new Map<string, StoredFolder>();
  readonly rootId = 'root-folder';

  constructor(
    private readonly cloud: FakeCloud,
    readonly spreadsheet: FakeSpreadsheet,
  ) {
    const now = cloud.now();
    this.folders.set(this.rootId, {
      id: this.rootId,
      name: 'My Drive',
      parentId: null,
      created: now,
      updated: now,
      trashed: false,
    });
    this.files.set(spreadsheet.getId(), {
      id: spreadsheet.getId(),
      name: spreadsheet.getName(),
      mimeType: MimeType.GOOGLE_SHEETS,
      bytes: new Uint8Array(),
      folderId: this.rootId,
      created: now,
      updated: now,
      trashed: false,
      description: null,
    });
  }

  /** A stored file by id; the spreadsheet's entry is brought up to date first. */
  file(id: string): StoredFile {
    const file = this.files.get(id);
    if (!file) throw new Error(NOT_FOUND);
    if (id === this.spreadsheet.getId()) file.name = this.spreadsheet.getName();
    return file;
  }

  /** A stored folder by id ('root' names the root, as in Drive). */
  folder(id: string): StoredFolder {
    const folder = this.folders.get(id === 'root' ? this.rootId : id);
    if (!folder) throw new Error(NOT_FOUND);
    return folder;
  }

  /** Stores a new file. */
  addFile(name: string, mimeType: string, bytes: Uint8Array, folderId: string): StoredFile {
    const now = this.cloud.now();
    const file: StoredFile = {
      id: `file-${this.cloud.next('drive')}`,
      name,
      mimeType,
      bytes,
      folderId,
      created: now,
      updated: now,
      trashed: false,
      description: null,
    };
    this.files.set(file.id, file);
    return file;
  }

  /** Stores a new folder. */
  addFolder(name: string, parentId: string): StoredFolder {
    const now = this.cloud.now();
    const folder: StoredFolder = {
      id: `folder-${this.cloud.next('drive')}`,
      name,
      parentId,
      created: now,
      updated: now,
      trashed: false,
    };
    this.folders.set(folder.id, folder);
    return folder;
  }

  /** What `fake.files` lists: every file, the spreadsheet first. */
  snapshot(): DriveFileSnapshot[] {
    return [...this.files.keys()].map((id) => {
      const file = this.file(id);
      return {
        id: file.id,
        name: file.name,
        folder: this.folder(file.folderId).name,
        folderId: file.folderId,
        mimeType: file.mimeType,
        content: Buffer.from(file.bytes).toString('utf8'),
        created: new Date(file.created.getTime()),
        updated: new Date(file.updated.getTime()),
        trashed: file.trashed,
        ...(file.sheets ? { sheets: file.sheets } : {}),
      };
    });
  }
}

/** An iterator over files or folders (`FileIterator`, `FolderIterator`). */
export class FakeDriveIterator<T extends GasObject> extends GasObject {
  readonly gasType: string;
  private index = 0;

  constructor(
    cloud: FakeCloud,
    kind: 'FileIterator' | 'FolderIterator',
    private readonly items: T[],
  ) {
    super(cloud);
    this.gasType = kind;
  }

  /** Whether next() has more. */
  hasNext(): boolean {
    return this.index < this.items.length;
  }

  /** The next item. */
  next(): T {
    if (!this.hasNext()) {
      throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    }
    return this.items[this.index++];
  }

  /** A token to resume from; the fake's iterators are never resumed. */
  getContinuationToken(): string {
    return `continue-${this.index}`;
  }
}

type FileMethods =
  | 'getBlob'
  | 'getDateCreated'
  | 'getDescription'
  | 'getId'
  | 'getLastUpdated'
  | 'getMimeType'
  | 'getName'
  | 'getParents'
  | 'getSize'
  | 'getUrl'
  | 'isTrashed'
  | 'makeCopy'
  | 'moveTo'
  | 'setContent'
  | 'setDescription'
  | 'setName'
  | 'setTrashed';

/** A Drive file (`File`). */
export class FakeFile
  extends GasObject
  implements Implements<GoogleAppsScript.Drive.File, FileMethods>
{
  readonly gasType = 'File';

  constructor(
    cloud: FakeCloud,
    private readonly drive: DriveStore,
    private readonly id: string,
  ) {
    super(cloud);
  }

  private get stored(): StoredFile {
    return this.drive.file(this.id);
  }

  private touch(): void {
    this.stored.updated = this.cloud.now();
  }

  /**
   * The content. A Google Sheets file would be converted to PDF; the fake gives a blob of
   * 'application/pdf' type holding the tabs' values as JSON.
   */
  getBlob(): FakeBlob {
    const file = this.stored;
    if (file.mimeType === MimeType.GOOGLE_SHEETS) {
      const sheets = file.sheets ?? this.drive.spreadsheet.snapshot();
      return new FakeBlob(
        this.cloud,
        bytesOf(JSON.stringify(sheets)),
        MimeType.PDF,
        `${file.name}.pdf`,
      );
    }
    return new FakeBlob(this.cloud, file.bytes.slice(), file.mimeType, file.name);
  }

  /** When it was created. */
  getDateCreated(): Date {
    return new Date(this.stored.created.getTime());
  }

  /** The description, or null. */
  getDescription(): string | null {
    return this.stored.description;
  }

  /** Sets the description. */
  setDescription(description: string): this {
    this.stored.description = description;
    this.touch();
    return this;
  }

  /** The id. */
  getId(): string {
    return this.id;
  }

  /** When it last changed. */
  getLastUpdated(): Date {
    return new Date(this.stored.updated.getTime());
  }

  /** The MIME type. */
  getMimeType(): string {
    return this.stored.mimeType;
  }

  /** The name. */
  getName(): string {
    return this.stored.name;
  }

  /** Renames the file (renaming the spreadsheet's file renames the spreadsheet). */
  setName(name: string): this {
    if (this.id === this.drive.spreadsheet.getId()) this.drive.spreadsheet.name = name;
    this.stored.name = name;
    this.touch();
    return this;
  }

  /** The folder holding it. */
  getParents(): FakeDriveIterator<FakeFolder> {
    const folder = new FakeFolder(this.cloud, this.drive, this.stored.folderId);
    return new FakeDriveIterator(this.cloud, 'FolderIterator', [folder]);
  }

  /** Its size in bytes (Google types count 0, as in Drive). */
  getSize(): number {
    return this.stored.mimeType === MimeType.GOOGLE_SHEETS ? 0 : this.stored.bytes.length;
  }

  /** The address people open. */
  getUrl(): string {
    if (this.stored.mimeType === MimeType.GOOGLE_SHEETS) {
      return `https://docs.google.com/spreadsheets/d/${this.id}/edit?usp=drivesdk`;
    }
    return `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
  }

  /** Whether it is in the trash. */
  isTrashed(): boolean {
    return this.stored.trashed;
  }

  /** Moves it to (or out of) the trash. */
  setTrashed(trashed: boolean): this {
    this.stored.trashed = trashed;
    this.touch();
    return this;
  }

  /**
   * makeCopy(), makeCopy(name), makeCopy(destination) or makeCopy(name, destination); the
   * copy of a spreadsheet keeps every tab's values (see `fake.files[i].sheets`).
   */
  makeCopy(
    nameOrDestination?: string | GoogleAppsScript.Drive.Folder,
    destination?: GoogleAppsScript.Drive.Folder,
  ): FakeFile {
    const source = this.stored;
    const first = unwrap(nameOrDestination);
    const name = typeof first === 'string' ? first : `Copy of ${source.name}`;
    const folder =
      first instanceof FakeFolder
        ? first
        : destination
          ? fakeOf(destination, FakeFolder, 'destination')
          : null;
    const copy = this.drive.addFile(
      name,
      source.mimeType,
      source.bytes.slice(),
      folder?.getId() ?? source.folderId,
    );
    if (source.mimeType === MimeType.GOOGLE_SHEETS) {
      copy.sheets = source.sheets ?? this.drive.spreadsheet.snapshot();
    }
    return new FakeFile(this.cloud, this.drive, copy.id);
  }

  /** Moves it to another folder. */
  moveTo(destination: GoogleAppsScript.Drive.Folder): this {
    this.stored.folderId = fakeOf(destination, FakeFolder, 'destination').getId();
    this.touch();
    return this;
  }

  /** Replaces the text content. */
  setContent(content: string): this {
    this.stored.bytes = bytesOf(content);
    this.touch();
    return this;
  }
}

type FolderMethods =
  | 'createFile'
  | 'createFolder'
  | 'getDateCreated'
  | 'getFiles'
  | 'getFilesByName'
  | 'getFolders'
  | 'getFoldersByName'
  | 'getId'
  | 'getLastUpdated'
  | 'getName'
  | 'getParents'
  | 'getUrl'
  | 'isTrashed'
  | 'moveTo'
  | 'setName'
  | 'setTrashed';

/**
 * createFile(blob) or createFile(name, content[, mimeType]) into a folder; text content is
 * 'text/plain' unless a type is given.
 */
function createFileIn(
  cloud: FakeCloud,
  drive: DriveStore,
  folderId: string,
  nameOrBlob: unknown,
  content?: string,
  mimeType?: string,
): FakeFile {
  const blob = unwrap(nameOrBlob);
  if (blob instanceof FakeBlob) {
    const file = drive.addFile(
      blob.getName() ?? 'Untitled',
      blob.getContentType() ?? 'application/octet-stream',
      blob.bytes.slice(),
      folderId,
    );
    return new FakeFile(cloud, drive, file.id);
  }
  if (typeof blob !== 'string' || content === undefined) {
    throw new Error('Invalid argument: name and content, or a blob, are required.');
  }
  const file = drive.addFile(blob, mimeType ?? MimeType.PLAIN_TEXT, bytesOf(content), folderId);
  return new FakeFile(cloud, drive, file.id);
}

/** A Drive folder (`Folder`). Listings include trashed items, as Drive's do. */
export class FakeFolder
  extends GasObject
  implements Implements<GoogleAppsScript.Drive.Folder, FolderMethods>
{
  readonly gasType = 'Folder';

  constructor(
    cloud: FakeCloud,
    private readonly drive: DriveStore,
    private readonly id: string,
  ) {
    super(cloud);
  }

  private get stored(): StoredFolder {
    return this.drive.folder(this.id);
  }

  /** Creates a file in this folder. */
  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): FakeFile {
    return createFileIn(this.cloud, this.drive, this.stored.id, nameOrBlob, content, mimeType);
  }

  /** Creates a subfolder. */
  createFolder(name: string): FakeFolder {
    return new FakeFolder(this.cloud, this.drive, this.drive.addFolder(name, this.stored.id).id);
  }

  /** When it was created. */
  getDateCreated(): Date {
    return new Date(this.stored.created.getTime());
  }

  /** When it last changed. */
  getLastUpdated(): Date {
    return new Date(this.stored.updated.getTime());
  }

  private filesWhere(match: (file: StoredFile) => boolean): FakeDriveIterator<FakeFile> {
    const files = [...this.drive.files.keys()]
      .map((id) => this.drive.file(id))
      .filter((file) => file.folderId === this.stored.id && match(file))
      .map((file) => new FakeFile(this.cloud, this.drive, file.id));
    return new FakeDriveIterator(this.cloud, 'FileIterator', files);
  }

  private foldersWhere(match: (folder: StoredFolder) => boolean): FakeDriveIterator<FakeFolder> {
    const folders = [...this.drive.folders.values()]
      .filter((folder) => folder.parentId === this.stored.id && match(folder))
      .map((folder) => new FakeFolder(this.cloud, this.drive, folder.id));
    return new FakeDriveIterator(this.cloud, 'FolderIterator', folders);
  }

  /** The files directly in this folder. */
  getFiles(): FakeDriveIterator<FakeFile> {
    return this.filesWhere(() => true);
  }

  /** The files in this folder with exactly this name. */
  getFilesByName(name: string): FakeDriveIterator<FakeFile> {
    return this.filesWhere((file) => file.name === name);
  }

  /** The subfolders. */
  getFolders(): FakeDriveIterator<FakeFolder> {
    return this.foldersWhere(() => true);
  }

  /** The subfolders with exactly this name. */
  getFoldersByName(name: string): FakeDriveIterator<FakeFolder> {
    return this.foldersWhere((folder) => folder.name === name);
  }

  /** The id. */
  getId(): string {
    return this.stored.id;
  }

  /** The name. */
  getName(): string {
    return this.stored.name;
  }

  /** Renames the folder. */
  setName(name: string): this {
    this.stored.name = name;
    return this;
  }

  /** The folder holding it (none for the root). */
  getParents(): FakeDriveIterator<FakeFolder> {
    const parentId = this.stored.parentId;
    const parents = parentId ? [new FakeFolder(this.cloud, this.drive, parentId)] : [];
    return new FakeDriveIterator(this.cloud, 'FolderIterator', parents);
  }

  /** The address people open. */
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.stored.id}`;
  }

  /** Whether it is in the trash. */
  isTrashed(): boolean {
    return this.stored.trashed;
  }

  /** Moves it to (or out of) the trash. */
  setTrashed(trashed: boolean): this {
    this.stored.trashed = trashed;
    return this;
  }

  /** Moves it into another folder. */
  moveTo(destination: GoogleAppsScript.Drive.Folder): this {
    this.stored.parentId = fakeOf(destination, FakeFolder, 'destination').getId();
    return this;
  }
}

type DriveAppMethods =
  | 'createFile'
  | 'createFolder'
  | 'getFileById'
  | 'getFiles'
  | 'getFilesByName'
  | 'getFolderById'
  | 'getFolders'
  | 'getFoldersByName'
  | 'getRootFolder';

/** The `DriveApp` global. Searches cover all of the fake Drive, trashed items included. */
export class FakeDriveApp
  extends GasObject
  implements Implements<GoogleAppsScript.Drive.DriveApp, DriveAppMethods>
{
  readonly gasType = 'DriveApp';

  constructor(
    cloud: FakeCloud,
    private readonly drive: DriveStore,
  ) {
    super(cloud);
  }

  /** Creates a file in the root folder. */
  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): FakeFile {
    return createFileIn(this.cloud, this.drive, this.drive.rootId, nameOrBlob, content, mimeType);
  }

  /** Creates a folder in the root folder. */
  createFolder(name: string): FakeFolder {
    return new FakeFolder(this.cloud, this.drive, this.drive.addFolder(name, this.drive.rootId).id);
  }

  /** A file by id; an unknown id throws as Drive does. */
  getFileById(id: string): FakeFile {
    this.drive.file(id);
    return new FakeFile(this.cloud, this.drive, id);
  }

  /** A folder by id; an unknown id throws as Drive does. */
  getFolderById(id: string): FakeFolder {
    return new FakeFolder(this.cloud, this.drive, this.drive.folder(id).id);
  }

  /** Every file. */
  getFiles(): FakeDriveIterator<FakeFile> {
    return this.filesNamed(null);
  }

  /** Every file with exactly this name. */
  getFilesByName(name: string): FakeDriveIterator<FakeFile> {
    return this.filesNamed(name);
  }

  private filesNamed(name: string | null): FakeDriveIterator<FakeFile> {
    const files = [...this.drive.files.keys()]
      .map((id) => this.drive.file(id))
      .filter((file) => name === null || file.name === name)
      .map((file) => new FakeFile(this.cloud, this.drive, file.id));
    return new FakeDriveIterator(this.cloud, 'FileIterator', files);
  }

  /** Every folder but the root. */
  getFolders(): FakeDriveIterator<FakeFolder> {
    return this.foldersNamed(null);
  }

  /** Every folder with exactly this name. */
  getFoldersByName(name: string): FakeDriveIterator<FakeFolder> {
    return this.foldersNamed(name);
  }

  private foldersNamed(name: string | null): FakeDriveIterator<FakeFolder> {
    const folders = [...this.drive.folders.values()]
      .filter((folder) => folder.parentId !== null && (name === null || folder.name === name))
      .map((folder) => new FakeFolder(this.cloud, this.drive, folder.id));
    return new FakeDriveIterator(this.cloud, 'FolderIterator', folders);
  }

  /** The root of My Drive. */
  getRootFolder(): FakeFolder {
    return new FakeFolder(this.cloud, this.drive, this.drive.rootId);
  }
}
