package org.cciais.platform.storage.internal;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalObjectStoreTests extends ObjectStoreContract {

	@Override
	ObjectStore createStore() {
		return new LocalObjectStore(work.resolve("files"));
	}

	@Test
	void refusesAKeyOutsideItsFolder() throws Exception {
		var file = write("d.pdf", new byte[] { 1 });
		assertThatThrownBy(() -> store.put("../outside", file, Files.size(file)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
