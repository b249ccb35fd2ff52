package org.dupscan.spark;

import java.io.Serializable;

/**
 * One file of a run's inputs, as a task reads it.
 *
 * @param number the file's place among all inputs' files (inputs in command-line order, each folder's
 *     files by relative path): the reader order that breaks ties between captures of one URL
 * @param input the input it was found under, as written on the command line
 * @param path the file's Hadoop path
 * @param relative its path below the input folder it was found in ({@code a/b.html}), or null when the
 *     input named the file itself
 * @param folder the name of the input folder, or of the folder holding a file named as input ("local"
 *     for a file system's root): the host of pages the CLI finds no other host for
 */
public record InputFile(int number, String input, String path, String relative, String folder)
    implements Serializable {}
