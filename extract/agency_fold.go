package extract

import (
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// agFoldDrop marks a rune that folds to nothing (a combining mark).
const agFoldDrop = 0xFF

// agFoldTab maps every rune below U+1F00 whose fold is one ASCII byte to
// that byte, combining marks to agFoldDrop, others to 0 (ask vn.FoldRune).
// It is vn.FoldRune as an array: built once, never written again.
var agFoldTab = func() (t [0x1F00]byte) {
	for r := rune(0); r < rune(len(t)); r++ {
		switch f := vn.FoldRune(r); {
		case f < 0:
			t[r] = agFoldDrop
		case f > 0 && f < utf8.RuneSelf:
			t[r] = byte(f)
		}
	}
	return t
}()

// agFoldAppend appends vn.Fold(s) to dst without a map lookup per rune.
func agFoldAppend(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < rune(len(agFoldTab)) {
			switch f := agFoldTab[r]; f {
			case agFoldDrop:
				continue
			case 0:
			default:
				dst = append(dst, f)
				continue
			}
		}
		if f := vn.FoldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}
