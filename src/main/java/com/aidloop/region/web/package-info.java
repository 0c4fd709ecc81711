/** The region module's REST API, region-tree fragment and admin page. */
package com.aidloop.region.web;
