package compare

// What a figure is about (its event, measure and subject) is read off a
// few fields, and a thousand reports give some fourteen thousand figures
// but only a few hundred distinct such readings ("people killed" in every
// report of a story). The event, measure and subject levels of a pair,
// some 800 instructions (the subject's stems matched both ways), depend
// on those fields alone, so each figure's reading is numbered once
// (markAbout) and the three levels of two readings are kept for the call
// (aboutLevels).

// aboutKey is what eventLevel, measureLevel, subjectLevel and eventOnly
// read of a figure: the subject (its stems, categories and heavy stems,
// and initialism's words, are read off it and the event), the event, the
// measure (and its term id) and whether it names a kind of person.
type aboutKey struct {
	subject, event, measure string
	person                  bool
}

// markAbout numbers the items' readings (item.about, from 1; 0 is an item
// not numbered, whose levels are computed each time). Run after termIDs,
// which reads the subjects' stems to term ids.
func (e *env) markAbout(items []*item) {
	if e.abouts == nil {
		e.abouts = make(map[aboutKey]uint32)
	}
	// the figures of one reading (item.reading) share its key: its
	// number is looked up once per reading, by its first figure
	byReading := make([]uint32, e.nReadings+1)
	for _, it := range items {
		if it.reading > 0 && int(it.reading) < len(byReading) && byReading[it.reading] != 0 {
			it.about = byReading[it.reading]
			continue
		}
		k := aboutKey{it.subject, it.event, it.measure, it.person}
		id, ok := e.abouts[k]
		if !ok {
			id = uint32(len(e.abouts) + 1)
			e.abouts[k] = id
		}
		it.about = id
		if it.reading > 0 && int(it.reading) < len(byReading) {
			byReading[it.reading] = id
		}
	}
}

// aboutLevels are eventLevel, measureLevel and subjectLevel of x and y,
// kept by the pair of their readings. The levels' look-ups of related and
// opposed stems are themselves kept from their first answer, so a pair of
// readings gives the same levels whenever it is asked.
func aboutLevels(x, y *item) (event, measure, subject int) {
	if x.about == 0 || y.about == 0 {
		return eventLevel(x, y), measureLevel(x, y), subjectLevel(x, y)
	}
	e := x.env
	k := uint64(x.about)<<32 | uint64(y.about)
	if p, ok := e.aboutPairs.get(k); ok {
		return int(p & 15), int(p >> 4 & 15), int(p >> 8)
	}
	event, measure, subject = eventLevel(x, y), measureLevel(x, y), subjectLevel(x, y)
	e.aboutPairs.put(k, uint32(event|measure<<4|subject<<8))
	return event, measure, subject
}

// linked is linkedParts of two readings, and linkedBy's answer when the
// figures share no scope or time.
type linked struct {
	parts  []string
	joined string
}

// linkedAbout is linkedParts of x and y kept by the pair of their
// readings: every disagreement names what linked its figures, and its
// parts read only what the readings hold (displayWord reads x's subject).
// Its relations are kept from their first answer, and the words
// displayWord stems are the subject's, stemmed when the pair was first
// asked, so a pair of readings gives the same parts whenever it is asked.
func (e *env) linkedAbout(x, y *item) *linked {
	k := uint64(x.about)<<32 | uint64(y.about)
	if i, ok := e.linkedPairs.get(k); ok {
		return &e.linked[i]
	}
	parts := linkedParts(x, y, nil)
	e.linkedPairs.put(k, uint32(len(e.linked)))
	e.linked = append(e.linked, linked{parts, joinLinked(parts)})
	return &e.linked[len(e.linked)-1]
}
