/**
 * Registers every action (one file each under defs/) and re-exports them by name.
 */
export { addNote } from './defs/addNote';
export { addNoteInZone } from './defs/addNoteInZone';
export { copySelection } from './defs/copySelection';
export { cutSelection } from './defs/cutSelection';
export { deleteNote } from './defs/deleteNote';
export { deleteSelection } from './defs/deleteSelection';
export { duplicateSelection } from './defs/duplicateSelection';
export { editSelection } from './defs/editSelection';
export { cancelOrDeselect } from './defs/escape';
export { focusNote } from './defs/focusNote';
export { nudgeSelection } from './defs/nudgeSelection';
export { openShare, showHelp, toggleList } from './defs/panels';
export { panView } from './defs/panView';
export { paste } from './defs/paste';
export { recolorSelection } from './defs/recolorSelection';
export { redo } from './defs/redo';
export { selectAll } from './defs/selectAll';
export { toolBoxSelect, toolSelect } from './defs/tools';
export { undo } from './defs/undo';
export { zoomIn, zoomOut, zoomReset, zoomToFit } from './defs/zoom';
