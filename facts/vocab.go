package facts

import "strings"

// Word IDs. Every key of a word list that the rules look a token's text up
// in is numbered once (vocab); the lexer gives each token the number of its
// text (wordID, 0 for a text in no list) from the same probe that reads its
// classes, and a list read by token becomes a bit set or a table indexed by
// that number: one load instead of a map lookup, which hashes every byte.
// The maps stay the word lists' single source: the sets and tables are
// built from them when the package starts.

// wordID numbers a word of the word lists; 0 stands for any other text.
type wordID uint16

// vocabulary numbers the words of the lists in the order they are met.
type vocabulary struct {
	ids   map[string]wordID
	words []string // by ID; words[0] is no word
}

var vocab = &vocabulary{ids: map[string]wordID{}, words: []string{""}}

// add numbers w if it is new and returns its number.
func (v *vocabulary) add(w string) wordID {
	if w == "" {
		// No token's text is empty; the ID 0 must mean "no list holds it".
		panic("facts: an empty word in a word list")
	}
	if id, ok := v.ids[w]; ok {
		return id
	}
	if len(v.words) > 1<<16-1 {
		panic("facts: more listed words than a wordID holds")
	}
	id := wordID(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	return id
}

// wordSet is a set of words by wordID, a bit each.
type wordSet []uint64

// has reports whether the set holds the word numbered id.
func (s wordSet) has(id wordID) bool {
	i := int(id >> 6)
	return i < len(s) && s[i]&(1<<(id&63)) != 0
}

func (s *wordSet) put(id wordID) {
	for int(id>>6) >= len(*s) {
		*s = append(*s, 0)
	}
	(*s)[id>>6] |= 1 << (id & 63)
}

// listChecks tell, for each set and table built from a word list, whether
// it answers for a word (and its ID) what the list does (TestWordSets).
var listChecks []func(w string, id wordID) bool

// setOf returns the words a list of flags holds true: set.has(t.id) is
// m[t.text] for every token t.
func setOf(m map[string]bool) wordSet {
	var s wordSet
	for w, ok := range m {
		if ok {
			s.put(vocab.add(w))
		}
	}
	listChecks = append(listChecks, func(w string, id wordID) bool { return s.has(id) == m[w] })
	return s
}

// lowerKeySetOf returns the keys of m lower-cased: a word token whose raw
// form or text is a key of m has its text in the set, since a word's text
// is its raw form lower-cased.
func lowerKeySetOf[V any](m map[string]V) wordSet {
	var s wordSet
	for w := range m {
		s.put(vocab.add(strings.ToLower(w)))
	}
	listChecks = append(listChecks, func(w string, id wordID) bool {
		_, in := m[w]
		return !in || s.has(vocab.ids[strings.ToLower(w)])
	})
	return s
}

// wordTable is a word list with values, by wordID.
type wordTable[V any] struct {
	vals []V
	keys wordSet
}

// tableOf returns m by wordID: tab.get(t.id) is m[t.text].
func tableOf[V any](m map[string]V) wordTable[V] {
	var tab wordTable[V]
	for w, v := range m {
		id := vocab.add(w)
		tab.keys.put(id)
		for int(id) >= len(tab.vals) {
			var zero V
			tab.vals = append(tab.vals, zero)
		}
		tab.vals[id] = v
	}
	listChecks = append(listChecks, func(w string, id wordID) bool {
		_, in := m[w]
		_, ok := tab.get(id)
		return ok == in
	})
	return tab
}

// get returns the value of the word numbered id, and whether the list
// holds it.
func (tab *wordTable[V]) get(id wordID) (V, bool) {
	if int(id) < len(tab.vals) && tab.keys.has(id) {
		return tab.vals[id], true
	}
	var zero V
	return zero, false
}

// at returns the value of the word numbered id, or the zero value.
func (tab *wordTable[V]) at(id wordID) V {
	if int(id) < len(tab.vals) {
		return tab.vals[id]
	}
	var zero V
	return zero
}

// stemID returns the wordID of a token's text without a possessive "'s"
// ("Monday's" reads as "monday"), as idOf(strings.TrimSuffix(t.text, "'s")).
func stemID(t *token) wordID {
	if strings.HasSuffix(t.text, "'s") {
		return idOf(t.text[:len(t.text)-2])
	}
	return t.id
}

// id returns the wordID of token k, 0 outside the sentence (as word gives
// "").
func (s *sent) id(k int) wordID {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	return s.toks[k].id
}

// The word lists the rules read by token, by wordID.
var (
	currencyWordIDs         = tableOf(currencyWords)
	unitFirstsLower         = lowerKeySetOf(unitIndex)
	contextWordIDs          = tableOf(contextWords)
	sourceVerbIDs           = setOf(sourceVerbs)
	estimateVerbIDs         = setOf(estimateVerbs)
	totalScopeIDs           = setOf(totalScopes)
	scopePrepositionIDs     = setOf(scopePrepositions)
	relativeTimeIDs         = tableOf(relativeTimesByFirst)
	ordinalPeriodIDs        = tableOf(ordinalPeriods)
	periodWordIDs           = tableOf(periodWords)
	nameParticleIDs         = setOf(nameParticles)
	scopeWordIDs            = setOf(scopeWords)
	placeModifierIDs        = setOf(placeModifiers)
	causeVerbIDs            = setOf(causeVerbs)
	clausePrepositionIDs    = setOf(clausePrepositions)
	resultNounIDs           = setOf(resultNouns)
	agentParticipleIDs      = setOf(agentParticiples)
	superlativeIDs          = setOf(superlatives)
	boundWordIDs            = setOf(boundWords())
	singleBoundIDs          = setOf(singleBoundWords())
	frameStopIDs            = setOf(frameStops)
	determinerIDs           = setOf(determiners)
	partWordIDs             = setOf(partWords)
	currencyCodeRaw         = rawTableOf(currencyCodes)
	dollarPrefixRaw         = rawTableOf(dollarPrefixes)
	letterCurrencyRaw       = rawTableOf(letterCurrencies)
	scaleSuffixRaw          = rawTableOf(scaleSuffixes)
	spacedCurrencyPrefixRaw = rawTableOf(spacedCurrencyPrefix)
	unitWordRaw             = rawTableOf(unitWords)
	indexNameIDs            = setOf(indexNames)
	clubNameIDs             = setOf(clubNames)
	ingPrepositionIDs       = setOf(ingPrepositions)
	vagueMultiplierIDs      = tableOf(vagueMultipliers)
	spDozenIDs              = setOf(spDozens)
	priceVerbIDs            = setOf(priceVerbs)
	priceParticleIDs        = setOf(priceParticles)
	placeWordIDs            = setOf(placeWords)
	foldWordIDs             = tableOf(foldWords)
	forecastWordIDs         = setOf(forecastWords)
	addedWordIDs            = setOf(addedWords)
	abbreviationIDs         = setOf(abbreviations)
	bigScaleIDs             = tableOf(bigScales)
	cardinalIDs             = tableOf(cardinals)
	changeWordIDs           = tableOf(changeWords)
	clauseBreakIDs          = setOf(clauseBreaks)
	commonWordCodeIDs       = setOf(commonWordCodes)
	compoundCountNounIDs    = setOf(compoundCountNouns)
	countWordIDs            = setOf(countWords)
	currencySymbolIDs       = tableOf(currencySymbols)
	dimensionAdjectiveIDs   = setOf(dimensionAdjectives)
	durationAdjectiveIDs    = setOf(durationAdjectives)
	durationUnitIDs         = tableOf(durationUnits)
	eventNounIDs            = setOf(eventNouns)
	eventWordIDs            = tableOf(eventWords)
	fractionWordIDs         = tableOf(fractionWords)
	modelSuffixIDs          = setOf(modelSuffixes)
	moneyNounIDs            = setOf(moneyNouns)
	monthIDs                = tableOf(months)
	nameBrandIDs            = setOf(nameBrands)
	nameWordIDs             = setOf(nameWords)
	classWordIDs            = setOf(classWords)
	ordinalWordIDs          = tableOf(ordinalWords)
	personNounIDs           = setOf(personNouns)
	scoreWordIDs            = setOf(scoreWords)
	tallyWordIDs            = setOf(tallyWords)
	tallyNounIDs            = setOf(tallyNouns)
	voteNounIDs             = setOf(voteNouns)
	tallyAgainstIDs         = setOf(tallyAgainst)
	majorityWordIDs         = setOf(majorityWords)
	voteSideIDs             = tableOf(voteSides)
	sideNounIDs             = setOf(sideNouns)
	sideLeadIDs             = setOf(sideLeads)
	sideVerbIDs             = setOf(sideVerbs)
	sideCopulaIDs           = setOf(sideCopulas)
	earlierAdverbIDs        = setOf(earlierAdverbs)
	earlierAdjectiveIDs     = setOf(earlierAdjectives)
	earlierNounIDs          = setOf(earlierNouns)
	earlierVerbIDs          = setOf(earlierVerbs)
	earlierContrastIDs      = setOf(earlierContrasts)
	earlierGapWordIDs       = setOf(earlierGapWords)
	placePrepositionIDs     = setOf(placePrepositions)
	placingVerbIDs          = setOf(placingVerbs)
	pronounIDs              = setOf(pronouns)
	scaleWordIDs            = tableOf(scaleWords)
	simpleAuxiliaryIDs      = setOf(simpleAuxiliaries)
	sizeNounIDs             = setOf(sizeNouns)
	smallCoinIDs            = tableOf(smallCoins)
	spFollowerIDs           = setOf(spFollowers)
	spOverFollowerIDs       = setOf(spOverFollowers)
	spQuarterBlockerIDs     = setOf(spQuarterBlockers)
	streetWordIDs           = setOf(streetWords)
	subjectLeadWordIDs      = setOf(subjectLeadWords)
	temperatureFollowerIDs  = setOf(temperatureFollowers)
	timeWordIDs             = setOf(timeWords)
	unitWordIDs             = tableOf(unitWords)
	vagueAmountIDs          = tableOf(vagueAmounts)
	weekdayIDs              = tableOf(weekdays)
	strayWordIDs            = setOf(strayWords)
	currencyCodeIDs         = setOf(currencyCodes)
	memberHeadIDs           = setOf(memberHeads)
	passVerbIDs             = setOf(passVerbs)
	personEventIDs          = tableOf(personEvents)
	peopleEventIDs          = setOf(peopleEvents)
	ofPhraseNounIDs         = setOf(ofPhraseNouns)
	spOrdinalPluralIDs      = tableOf(spOrdinalPlurals)
	fullMonthNameIDs        = setOf(fullMonthNames)
	datePrepositionIDs      = setOf(datePrepositions)
	headlineVerbIDs         = setOf(headlineVerbs)
	openingQuoteIDs         = setOf(openingQuotes)
	boardWordIDs            = setOf(boardWords)
	dimensionWordIDs        = setOf(dimensionWords)
	dimensionNounIDs        = setOf(dimensionNouns)
	copulaIDs               = setOf(copulas)
	groupAuxiliaryIDs       = setOf(groupAuxiliaries)
	groupAdverbIDs          = setOf(groupAdverbs)
	amountNounIDs           = setOf(amountNouns)
	countCopulaIDs          = setOf(countCopulas)
	copulaAdverbIDs         = setOf(copulaAdverbs)
	unitDefIDs              = tableOf(units)
	projectionNounIDs       = setOf(projectionNouns)
	changeGapIDs            = setOf(changeGapWords)
	rateQualifierIDs        = setOf(rateQualifiers)
	showVerbIDs             = setOf(showVerbs)
)

// rawTable is a word list looked up by a token's written form (raw, in
// its own case: "MB", "bn", "US"). The map is asked only when the token is
// not a word, or is a word whose text is a key lower-cased: a word's text
// is its raw form lower-cased, so no other word can be a key.
type rawTable[V any] struct {
	m     map[string]V
	lower wordSet
}

func rawTableOf[V any](m map[string]V) rawTable[V] {
	return rawTable[V]{m: m, lower: lowerKeySetOf(m)}
}

// get is m[t.raw], with whether m holds it.
func (r *rawTable[V]) get(t *token) (V, bool) {
	if t.kind == tokWord && !r.lower.has(t.id) {
		var zero V
		return zero, false
	}
	v, ok := r.m[t.raw]
	return v, ok
}

// at is m[t.raw].
func (r *rawTable[V]) at(t *token) V {
	v, _ := r.get(t)
	return v
}

// percentFirstIDs are the first words of percentWords' phrases.
var percentFirstIDs = setOf(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range percentWords {
		m[p.words[0]] = true
	}
	return m
}())

// singleBoundWords are the hedges of one word written before a figure
// ("over", "nearly", "~"), asked of a token by its ID (singleBoundIDs)
// rather than by comparing its text with every phrase of boundsBefore.
func singleBoundWords() map[string]bool {
	m := map[string]bool{}
	for _, p := range boundsBefore {
		if len(p.words) == 1 {
			m[p.words[0]] = true
		}
	}
	return m
}

// boundWords are the words of the hedges written before a figure ("at
// least", "nearly", "an estimated").
func boundWords() map[string]bool {
	m := map[string]bool{}
	for _, p := range boundsBefore {
		for _, w := range p.words {
			m[w] = true
		}
	}
	return m
}
