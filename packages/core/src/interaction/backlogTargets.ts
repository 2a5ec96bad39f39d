// Filled in by the view redesign (issue 12): pure, DOM-free interaction logic.
export {};
