/*
 * Ribbon commands. The Home-tab button opens the task pane (a ShowTaskpane action in
 * manifest.xml, no code needed); commands that run without the pane register here.
 */
void Office.onReady(() => {
  // No function commands yet.
});
