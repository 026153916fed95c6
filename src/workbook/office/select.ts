/** Showing a cell to the user in Excel (the task pane's error list). */
import { cellA1 } from "../addresses";

/** Activates a sheet and selects a cell (or the whole row when the column is unknown). */
export async function selectOfficeCell(
  context: Excel.RequestContext,
  sheet: string,
  row: number | null,
  col: number | null,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  if (row !== null) {
    const address = col !== null ? cellA1(row, col) : `${row}:${row}`;
    worksheet.getRange(address).select();
  }
  await context.sync();
}
