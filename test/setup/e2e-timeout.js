// End-to-end tests (webpack builds, Chromium, LibreOffice): 300 s each, sized for a loaded 2-core
// CI machine. A test that needs this long has hung; every wait inside has its own explicit bound.
jest.setTimeout(300_000);
