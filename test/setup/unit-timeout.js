// Unit tests: 60 s each, sized for a loaded 2-core CI machine. A test that needs this long has
// hung; none waits for time to pass (no timer decides behaviour).
jest.setTimeout(60_000);
