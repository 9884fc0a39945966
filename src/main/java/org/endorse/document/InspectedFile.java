package org.endorse.document;

import java.nio.file.Path;

/** An uploaded file as it waits on disk, once its bytes are known to be acceptable: where, named, typed, summed. */
record InspectedFile(Path path, String name, long size, String mediaType, String sha256) {
}
