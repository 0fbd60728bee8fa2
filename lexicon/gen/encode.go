package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"strings"
)

// magic must match the lexicon package's decoder; bump it when the layout changes.
const magic = "figcheck lexicon 1\n"

// encode lays the table out as the lexicon package reads it: unsigned varints throughout,
// sorted id lists as deltas. See lexicon/decode.go for the layout.
func encode(t *table) []byte {
	var b []byte
	b = append(b, magic...)
	b = binary.AppendUvarint(b, uint64(len(t.lemmas)))
	b = binary.AppendUvarint(b, uint64(t.nKept))
	b = binary.AppendUvarint(b, uint64(t.nIDs))

	var names strings.Builder
	for _, l := range t.lemmas {
		names.WriteString(l.name)
		names.WriteByte('\n')
	}
	b = binary.AppendUvarint(b, uint64(names.Len()))
	b = append(b, names.String()...)

	for _, l := range t.lemmas {
		b = append(b, l.posMask)
		b = binary.AppendUvarint(b, uint64(min(l.count, 0xffff)))
		b = binary.AppendUvarint(b, uint64(len(l.senses)))
		b = binary.AppendUvarint(b, uint64(len(l.derived)))
		b = binary.AppendUvarint(b, uint64(len(l.antonyms)))
		b = appendDeltas(b, l.senses)
		b = appendDeltas(b, l.derived)
		b = appendDeltas(b, l.antonyms)
	}
	for i, h := range t.hypernyms {
		b = binary.AppendUvarint(b, uint64(len(h)))
		b = binary.AppendUvarint(b, uint64(t.hyp2Start[i]))
		b = appendDeltas(b, h[:t.hyp2Start[i]])
		b = appendDeltas(b, h[t.hyp2Start[i]:])
	}
	for _, exc := range t.exceptions {
		b = binary.AppendUvarint(b, uint64(len(exc)))
		for _, e := range exc {
			b = binary.AppendUvarint(b, uint64(len(e.inflected)))
			b = append(b, e.inflected...)
			b = binary.AppendUvarint(b, uint64(e.base))
		}
	}
	return b
}

// appendDeltas writes a sorted list as differences from the previous value.
func appendDeltas(b []byte, ids []uint32) []byte {
	prev := uint32(0)
	for _, id := range ids {
		b = binary.AppendUvarint(b, uint64(id-prev))
		prev = id
	}
	return b
}

// compress gzips without a name or time stamp, so the same table gives the same bytes.
func compress(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
