/**
 * Creating and finding boards: secrets, join codes, the initial document from a template.
 */
import {
  type BoardInfo,
  type CreateBoardRequest,
  type CreateBoardResponse,
  DEFAULT_TEMPLATE_ID,
  initBoard,
  LIMITS,
  newJoinCode,
  SERVER_ORIGIN,
  schemaVersionOf,
  templateById,
} from '@plg/shared';
import * as Y from 'yjs';
import { hashKey, newBoardSecrets } from '../auth/secrets.js';
import { invalidInput } from '../errors.js';
import type { BoardRecord, StorageAdapter } from '../storage/StorageAdapter.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export class BoardService {
  constructor(
    private readonly storage: StorageAdapter,
    private readonly retentionDays: number,
  ) {}

  /** Creates a board from a template; the facilitator key is returned once and stored hashed. */
  async create(
    input: CreateBoardRequest,
    baseUrl: string,
    initialState?: (doc: Y.Doc) => void,
  ): Promise<CreateBoardResponse & { record: BoardRecord }> {
    const templateId = input.template ?? DEFAULT_TEMPLATE_ID;
    if (!templateById(templateId)) throw invalidInput(`Unknown template "${templateId}".`);
    const lang = input.lang ?? 'nl';
    const secrets = newBoardSecrets();
    const joinCode = await this.freeJoinCode();
    const now = Date.now();
    const doc = new Y.Doc();
    if (initialState) initialState(doc);
    else initBoard(doc, { title: input.title, templateId, lang, createdAt: now, joinCode }, SERVER_ORIGIN);
    const record: BoardRecord = {
      id: secrets.id,
      viewId: secrets.viewId,
      facilitatorKeyHash: hashKey(secrets.facilitatorKey),
      joinCode,
      title: input.title.slice(0, LIMITS.maxTitleLength),
      templateId,
      lang,
      createdAt: now,
      touchedAt: now,
      retentionDays: 0,
    };
    await this.storage.createBoard(record, Y.encodeStateAsUpdate(doc), schemaVersionOf(doc));
    doc.destroy();
    return { ...this.links(record, baseUrl, secrets.facilitatorKey), record };
  }

  links(record: BoardRecord, baseUrl: string, facilitatorKey: string): CreateBoardResponse {
    return {
      id: record.id,
      facilitatorKey,
      url: `${baseUrl}/b/${record.id}`,
      facilitatorUrl: `${baseUrl}/b/${record.id}#key=${facilitatorKey}`,
      viewerUrl: `${baseUrl}/v/${record.viewId}`,
      joinCode: record.joinCode,
    };
  }

  info(record: BoardRecord, baseUrl: string): BoardInfo {
    return {
      id: record.id,
      title: record.title,
      templateId: record.templateId,
      lang: record.lang,
      createdAt: record.createdAt,
      joinCode: record.joinCode,
      url: `${baseUrl}/b/${record.id}`,
      expiresAt: this.expiresAt(record),
    };
  }

  /** When an untouched board is deleted. */
  expiresAt(record: BoardRecord): number {
    return record.touchedAt + (this.retentionDays + record.retentionDays) * DAY_MS;
  }

  private async freeJoinCode(): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode();
      if (!(await this.storage.getBoardByJoinCode(code))) return code;
    }
    throw new Error('no free join code');
  }
}
