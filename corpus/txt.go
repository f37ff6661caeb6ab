package corpus

import "context"

// readTXT decodes plain text. (Stub: the decoding work of issue 2 replaces it.)
func readTXT(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return &Text{Text: string(data), Encoding: "utf-8"}, nil
}

// readMD reads Markdown as text; Normalize strips the markup.
func readMD(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return readTXT(ctx, data, opt)
}
