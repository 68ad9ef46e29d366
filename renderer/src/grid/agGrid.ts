/**
 * AG Grid, set up once: only the Community modules the workspace uses (the bundle
 * stays smaller than with AllCommunityModule) and a dense theme in the app's palette.
 * The theme names the app's own fonts, so the grid never asks Google for one.
 */
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  EventApiModule,
  ModuleRegistry,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TooltipModule,
  themeBalham,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  CellStyleModule,
  RowStyleModule,
  RowSelectionModule,
  QuickFilterModule,
  ScrollApiModule,
  RenderApiModule,
  RowApiModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  EventApiModule,
  TooltipModule,
]);

export const gridTheme = themeBalham.withParams({
  fontFamily: 'inherit',
  fontSize: 12,
  headerFontSize: 12,
  accentColor: '#1f5fbf',
  foregroundColor: '#1d2330',
  borderColor: '#d9dde3',
  headerBackgroundColor: '#f9fafb',
  headerTextColor: '#5d6675',
  oddRowBackgroundColor: '#fbfbfc',
  rowHoverColor: '#f1f5fc',
  selectedRowBackgroundColor: '#dbe7fb',
  columnBorder: true,
  wrapperBorderRadius: 0,
  rowHeight: 24,
  headerHeight: 26,
});
