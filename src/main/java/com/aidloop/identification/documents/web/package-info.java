/** Downloads of the identification documents, on pages and through the API. */
package com.aidloop.identification.documents.web;
