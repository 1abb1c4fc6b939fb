// y-leveldb ships types that its package.json "exports" does not point at; re-expose them.
declare module 'y-leveldb' {
  export { LeveldbPersistence } from 'y-leveldb/dist/src/y-leveldb.js';
}
