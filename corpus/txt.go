package corpus

import "context"

// readTXT decodes plain text: BOM, UTF-8/UTF-16, repaired mojibake or a
// legacy Vietnamese encoding (see Decode). Normalize, called by Read, does
// the rest.
func readTXT(ctx context.Context, data []byte, opt Options) (*Text, error) {
	s, enc, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return &Text{Text: s, Encoding: enc}, nil
}

// readMD reads Markdown as text; Normalize strips the markup.
func readMD(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return readTXT(ctx, data, opt)
}
