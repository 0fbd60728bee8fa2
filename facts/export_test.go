package facts

// SetHoldLimits sets, for a test, how many bytes the chunks after the
// oldest may hold (holdLimit), how much the oldest holds before it hands
// on (headStep) and how often a reader looks (holdStep); it returns what
// sets them back.
func SetHoldLimits(limit, head, step int) (restore func()) {
	l, h, s := holdLimit, headStep, holdStep
	holdLimit, headStep, holdStep = limit, head, step
	return func() { holdLimit, headStep, holdStep = l, h, s }
}
