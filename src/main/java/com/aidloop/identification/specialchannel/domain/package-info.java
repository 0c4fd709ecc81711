/** A special channel request and the rules of its moves (requested, approved, refused), in plain Java. */
package com.aidloop.identification.specialchannel.domain;
