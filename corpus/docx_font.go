package corpus

import (
	"strings"
)

// docxFontFamily maps the start of a font name, lower-cased, to the legacy
// encoding its glyphs were drawn for: text typed in these fonts is stored
// as the Windows-1252 code points of the legacy bytes.
var docxFontFamily = []struct {
	prefix, enc string
}{
	{".vn", EncTCVN3},     // .VnTime, .VnTimeH, .VnArial, .VnCentury Schoolbook
	{"vntime", EncTCVN3},  // the same fonts renamed without the dot
	{"vnarial", EncTCVN3}, // idem
	{"vn3-", EncTCVN3},
	{"vni-", EncVNI}, // VNI-Times, VNI-Helve, VNI-Aptima
	{"vni ", EncVNI},
}

// docxLegacyFont returns the legacy encoding of a font name, or "".
func docxLegacyFont(font string) string {
	f := strings.ToLower(strings.TrimSpace(font))
	for _, ff := range docxFontFamily {
		if strings.HasPrefix(f, ff.prefix) {
			return ff.enc
		}
	}
	return ""
}

// docxCapitalFont reports a TCVN3 font that draws every letter as a capital
// (.VnTimeH, .VnArialH): the stored bytes are lower-case letters.
func docxCapitalFont(font string) bool {
	f := strings.TrimSpace(font)
	return docxLegacyFont(f) == EncTCVN3 && strings.HasSuffix(f, "H")
}

// docxSeg is a stretch of a paragraph whose runs share an encoding and
// letter case.
type docxSeg struct {
	enc  string // "" for Unicode text, else the legacy encoding of the font
	caps bool
	text strings.Builder
}

// docxDecodeSeg returns the text of a segment: legacy bytes decoded when the
// decoding reads better than the code points as they are (a run in a
// .VnTime font may hold Unicode typed after the font was set), capitals
// applied. It returns the encoding used, "" for Unicode.
func docxDecodeSeg(s *docxSeg) (string, string) {
	raw := s.text.String()
	out, enc := raw, ""
	if s.enc != "" && docxHasHigh(raw) {
		if b, ok := decRunesAsCP1252(raw); ok {
			dec := decodeAs(s.enc, b)
			if decSyllableScore(dec).share() >= decSyllableScore(raw).share() {
				out, enc = dec, s.enc
			}
		}
	}
	if s.caps {
		out = strings.ToUpper(out)
	}
	return out, enc
}

// docxHasHigh reports a rune outside ASCII.
func docxHasHigh(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
