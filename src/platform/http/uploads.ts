// File uploads from multipart forms. Parts are read into memory up to a size limit (the
// form still arrives when a file is too big, marked truncated, so the page can say so and
// keep everything else typed). A file's type is decided by its content (file-type reads
// the magic bytes), never by its name or the browser's claim; its stored name is random.
import multipart from '@fastify/multipart';
import { fileTypeFromBuffer } from 'file-type';
import type { FastifyInstance } from 'fastify';

/** Largest file accepted anywhere (report attachments); each use may set a smaller bound. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface UploadedFile {
  /** The name the browser sent, reduced to a safe display name (no folders). */
  filename: string;
  data: Buffer;
  /** True when the file was larger than MAX_UPLOAD_BYTES and was cut off. */
  truncated: boolean;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).data);
}

/** A file field that was left empty arrives as a part with no name and no bytes. */
export function chosenFile(value: unknown): UploadedFile | undefined {
  return isUploadedFile(value) && (value.data.length > 0 || value.filename !== '' || value.truncated) ? value : undefined;
}

/** "../../etc/passwd" → "passwd"; control characters and quotes go; at most 200 characters. */
export function safeDisplayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '').replace(/^\.+/, '').trim().slice(-200);
  return cleaned || 'file';
}

export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 5, fields: 300, fieldSize: 1024 * 1024, parts: 320 },
    async onFile(part) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      const file: UploadedFile = { filename: part.filename ? safeDisplayName(part.filename) : '', data: Buffer.concat(chunks), truncated: part.file.truncated };
      (part as unknown as { value: UploadedFile }).value = file;
    },
  });
}

export interface FileKind {
  ext: string;
  mime: string;
  label: string;
}

export const IMAGE_KINDS: readonly FileKind[] = [
  { ext: 'jpg', mime: 'image/jpeg', label: 'JPEG' },
  { ext: 'png', mime: 'image/png', label: 'PNG' },
  { ext: 'webp', mime: 'image/webp', label: 'WebP' },
  { ext: 'gif', mime: 'image/gif', label: 'GIF' },
];

/** Report attachments: PDF and common office formats (OOXML, OpenDocument, legacy Office). */
export const DOCUMENT_KINDS: readonly FileKind[] = [
  { ext: 'pdf', mime: 'application/pdf', label: 'PDF' },
  { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' },
  { ext: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint' },
  { ext: 'odt', mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text' },
  { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument spreadsheet' },
  { ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation', label: 'OpenDocument presentation' },
  { ext: 'doc', mime: 'application/msword', label: 'Word 97' },
  { ext: 'xls', mime: 'application/vnd.ms-excel', label: 'Excel 97' },
  { ext: 'ppt', mime: 'application/vnd.ms-powerpoint', label: 'PowerPoint 97' },
];

/** file-type names the old Office formats by their container, which is all the bytes say. */
const CFB_KINDS = new Set(['doc', 'xls', 'ppt']);

export type Sniffed = { ok: true; kind: FileKind } | { ok: false; message: string };

/**
 * What a file really is, among `allowed`. SVG is never among the allowed image kinds: it can
 * carry script, and an image upload has no need for it.
 */
export async function sniff(file: UploadedFile, allowed: readonly FileKind[], maxBytes: number): Promise<Sniffed> {
  const names = allowed.map((k) => k.label).join(', ');
  if (file.truncated || file.data.length > maxBytes) return { ok: false, message: `The file is too big. The largest allowed is ${Math.floor(maxBytes / (1024 * 1024))} MB.` };
  if (file.data.length === 0) return { ok: false, message: 'The file is empty.' };
  const detected = await fileTypeFromBuffer(file.data);
  if (!detected) return { ok: false, message: `That file is not one of the allowed types (${names}).` };
  let kind = allowed.find((k) => k.ext === detected.ext || k.mime === detected.mime);
  if (!kind && detected.ext === 'cfb') {
    // An old Office file: trust the name's extension only to pick among the three CFB formats.
    const ext = file.filename.split('.').pop()?.toLowerCase() ?? '';
    if (CFB_KINDS.has(ext)) kind = allowed.find((k) => k.ext === ext);
  }
  return kind ? { ok: true, kind } : { ok: false, message: `That file is ${/^[aeiou]/i.test(detected.ext) ? 'an' : 'a'} ${detected.ext.toUpperCase()} file, which is not allowed here. Allowed: ${names}.` };
}
