/**
 * Connection slice: what the connection badge shows, mirrored from the board connection.
 */
import type { StateCreator } from 'zustand';
import type { ConnectionInfo } from '../sync/connectionStatus';
import type { UiState } from './uiStore';

export interface ConnectionSlice {
  connection: ConnectionInfo;
  setConnection(info: ConnectionInfo): void;
}

export const INITIAL_CONNECTION: ConnectionInfo = {
  status: 'connecting',
  storageProblem: false,
  savedLocally: false,
  synced: false,
};

export const createConnectionSlice: StateCreator<UiState, [], [], ConnectionSlice> = (set) => ({
  connection: INITIAL_CONNECTION,
  setConnection: (connection) => set({ connection }),
});
