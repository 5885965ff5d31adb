import { tempDataDir } from '../../test/startServer.js';
import { storageContract } from '../storageContract.js';
import { SqliteStorage } from './SqliteStorage.js';

storageContract('SQLite', async () => new SqliteStorage(tempDataDir()));
