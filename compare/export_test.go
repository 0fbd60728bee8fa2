package compare

// StoryVerdict gives the external tests (sets_test.go) the order-free
// verdict FuzzCompareOrder compares.
var StoryVerdict = verdict

// StoriesOf gives the external tests the story each report is put in.
func StoriesOf(docs []Doc) []int32 {
	items, _ := prepareAll(docs, Options{}.withDefaults())
	if len(items) == 0 {
		return nil
	}
	out := make([]int32, len(docs))
	for d := range out {
		out[d] = items[0].env.storyOf(d)
	}
	return out
}
