package compare

// StoryVerdict gives the external tests (sets_test.go) the order-free
// verdict FuzzCompareOrder compares.
var StoryVerdict = verdict
