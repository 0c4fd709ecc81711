/** The funding pages, API and the official .xlsx form of the funding-source report. */
package com.aidloop.funding.web;
