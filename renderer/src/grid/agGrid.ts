/**
 * AG Grid, set up once: only the Community modules the workspace uses (the bundle
 * stays smaller than with AllCommunityModule) and a dense theme in the app's palette.
 * The theme names the app's own fonts, so the grid never asks Google for one.
 */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  ColumnGroupModule,
  EventApiModule,
  ModuleRegistry,
  PinnedColumnModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  SortModule,
  TooltipModule,
  ColumnResizeModule,
  themeBalham,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ColumnGroupModule,
  PinnedColumnModule,
  CellStyleModule,
  RowStyleModule,
  QuickFilterModule,
  ScrollApiModule,
  RenderApiModule,
  RowApiModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  ColumnResizeModule,
  EventApiModule,
  SortModule,
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
